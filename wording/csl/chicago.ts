// Chicago 17th edition (notes and bibliography: the bibliography entry), as CSL, for news reports
// and web pages. Written for Crosscheck; the CSL project's Chicago style covers every kind of source.
export const CHICAGO = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago 17th edition, bibliography (news reports and web pages)</title>
    <id>crosscheck-chicago</id>
    <updated>2026-11-27T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" delimiter-precedes-last="always"/>
    </names>
  </macro>
  <citation>
    <layout>
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" font-style="italic"/>
          <date variable="issued" form="text"/>
        </group>
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
