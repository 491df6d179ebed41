/**
 * Fillers shared by every topic of the synthetic news corpus: people, places, institutions and outlets.
 * Broad on purpose, so that names and places have the long-tailed frequencies of real news rather than
 * a handful of tokens repeated everywhere.
 */
// prettier-ignore
export const firstNames = [
  'Maria', 'James', 'Ana', 'John', 'Sofia', 'David', 'Laura', 'Michael', 'Elena', 'Robert', 'Camila', 'Daniel',
  'Fatima', 'Ahmed', 'Yuki', 'Hiroshi', 'Priya', 'Rahul', 'Olga', 'Sergei', 'Amara', 'Kwame', 'Ingrid', 'Lars',
  'Chloe', 'Pierre', 'Giulia', 'Marco', 'Hannah', 'Thomas', 'Lucia', 'Javier', 'Grace', 'Samuel', 'Aisha',
  'Omar', 'Mei', 'Wei', 'Nadia', 'Pavel', 'Rosa', 'Andres', 'Claire', 'Patrick', 'Leila', 'Karim', 'Emma',
  'Noah', 'Isabel', 'Diego', 'Zainab', 'Tunde', 'Freya', 'Magnus', 'Beatriz', 'Rafael', 'Helen', 'George',
  'Anjali', 'Vikram', 'Tatiana', 'Dmitri', 'Esther', 'Joseph', 'Carmen', 'Luis', 'Sarah', 'Peter', 'Nora',
  'Felipe', 'Valentina', 'Mateo', 'Keiko', 'Kenji', 'Adaeze', 'Chidi', 'Astrid', 'Henrik', 'Julia', 'Martin',
] as const;

// prettier-ignore
export const surnames = [
  'Garcia', 'Smith', 'Rodriguez', 'Johnson', 'Martinez', 'Williams', 'Lopez', 'Brown', 'Gonzalez', 'Jones',
  'Hernandez', 'Miller', 'Perez', 'Davis', 'Sanchez', 'Wilson', 'Ramirez', 'Moore', 'Torres', 'Taylor',
  'Nakamura', 'Tanaka', 'Sharma', 'Patel', 'Ivanova', 'Petrov', 'Mensah', 'Okafor', 'Larsen', 'Johansson',
  'Dubois', 'Moreau', 'Rossi', 'Bianchi', 'Schmidt', 'Weber', 'Kowalski', 'Nowak', 'Haddad', 'Khalil', 'Chen',
  'Wang', 'Li', 'Zhang', 'Novak', 'Horvat', 'Silva', 'Santos', 'Costa', 'Pereira', "O'Brien", 'Murphy',
  'Kelly', 'Walsh', 'Castillo', 'Vargas', 'Rojas', 'Mendoza', 'Herrera', 'Medina', 'Aguilar', 'Osei',
  'Abubakar', 'Mwangi', 'Kariuki', 'Lindqvist', 'Berg', 'Fischer', 'Keller', 'Romano', 'Greco', 'Fernandes',
  'Alves', 'Reyes', 'Cruz', 'Morales', 'Ortiz', 'Gutierrez', 'Chavez', 'Ruiz', 'Alvarez', 'Singh', 'Kumar',
  'Suzuki', 'Watanabe', 'Kim', 'Park', 'Nguyen', 'Tran', 'Ali', 'Hassan', 'Yilmaz', 'Demir',
] as const;

// prettier-ignore
export const roles = [
  'the prime minister', 'the finance minister', 'the health minister', 'the mayor', 'the governor',
  'a senior official', 'the chief executive', 'the opposition leader', 'the interior minister',
  'the defence minister', 'the foreign minister', 'the central bank governor', 'a government spokesperson',
  'the head of the agency', 'the police chief', 'the environment minister', 'the education secretary',
  'the trade minister', 'a senior diplomat', 'the union leader', 'the party chairman', 'the court president',
] as const;

// prettier-ignore
export const cities = [
  'Lagos', 'Nairobi', 'Cairo', 'Johannesburg', 'Accra', 'Addis Ababa', 'London', 'Paris', 'Berlin', 'Madrid',
  'Rome', 'Warsaw', 'Stockholm', 'Oslo', 'Vienna', 'Athens', 'Lisbon', 'Dublin', 'Brussels', 'Amsterdam',
  'New York', 'Chicago', 'Houston', 'Los Angeles', 'Miami', 'Toronto', 'Vancouver', 'Mexico City',
  'Guadalajara', 'Bogota', 'Medellin', 'Lima', 'Quito', 'Santiago', 'Buenos Aires', 'Sao Paulo',
  'Rio de Janeiro', 'Caracas', 'Havana', 'Panama City', 'Tokyo', 'Osaka', 'Seoul', 'Beijing', 'Shanghai',
  'Hong Kong', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Mumbai', 'Delhi', 'Karachi', 'Dhaka', 'Istanbul',
  'Ankara', 'Tehran', 'Baghdad', 'Riyadh', 'Dubai', 'Kyiv', 'Tbilisi', 'Sydney', 'Melbourne', 'Auckland',
] as const;

// prettier-ignore
export const countries = [
  'Nigeria', 'Kenya', 'Egypt', 'South Africa', 'Ghana', 'Ethiopia', 'Britain', 'France', 'Germany', 'Spain',
  'Italy', 'Poland', 'Sweden', 'Norway', 'Austria', 'Greece', 'Portugal', 'Ireland', 'Belgium',
  'the Netherlands', 'the United States', 'Canada', 'Mexico', 'Peru', 'Ecuador', 'Chile', 'Argentina',
  'Brazil', 'Venezuela', 'Cuba', 'Panama', 'Japan', 'South Korea', 'China', 'the Philippines', 'Indonesia',
  'Thailand', 'Vietnam', 'India', 'Pakistan', 'Bangladesh', 'Turkey', 'Iran', 'Iraq', 'Saudi Arabia',
  'Ukraine', 'Georgia', 'Australia', 'New Zealand', 'Morocco', 'Senegal', 'Bolivia', 'Uruguay', 'Paraguay',
  'Guatemala', 'Honduras',
] as const;

// prettier-ignore
export const regions = [
  'the north', 'the south', 'the coastal provinces', 'the capital region', 'the eastern highlands',
  'rural districts', 'the border areas', 'the industrial belt', 'the river valley', 'the western plains',
] as const;

// prettier-ignore
export const outlets = [
  'Reuters', 'the Associated Press', 'AFP', 'Bloomberg', 'the BBC', 'Al Jazeera', 'El Pais', 'Le Monde',
  'the Financial Times', 'the Guardian', 'the New York Times', 'the Washington Post', 'Deutsche Welle',
  'Nikkei', 'the South China Morning Post', 'the Times of India', 'Folha de S.Paulo', 'El Tiempo', 'Semana',
  'the Globe and Mail', 'ABC News', 'CNN', 'NPR', 'Politico', 'Axios', 'the Economist', 'Der Spiegel',
] as const;

// prettier-ignore
export const weekdays = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
] as const;

// prettier-ignore
export const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
] as const;

// prettier-ignore
export const lastTimes = [
  'since 2019', 'in a decade', 'since records began', 'in more than 20 years', 'since the pandemic',
  'in five years', 'since the financial crisis', 'this century',
] as const;

/** Sentence openers and closers that real reporting wraps around facts; they multiply the variety of shapes. */
// prettier-ignore
export const leadIns = [
  'On {weekday}, ', 'Earlier this month, ', 'Late on {weekday}, ', 'In {month}, ', 'Last year, ',
  'According to {outlet}, ', 'In a statement, ', 'Speaking to reporters, ', 'Meanwhile, ', 'By contrast, ',
  'In recent weeks, ', 'At the same time, ', 'Separately, ', 'For now, ', 'Despite the criticism, ',
] as const;

// prettier-ignore
export const tailOuts = [
  ', officials said', ', according to {outlet}', ', the ministry said in a statement', ', {role} said',
  ', according to local media', ', a spokesperson confirmed', ', sources familiar with the matter said',
  ', analysts said', ', the report found', ', according to official figures',
] as const;
