/**
 * Short labels for the map's tiles. Thai: the provinces' customary two-letter abbreviations (อักษรย่อจังหวัด);
 * English: the initials of the romanised name (first three letters of a one-word name), made unique.
 */
const THAI: Record<string, string> = {
  '10': 'กทม', '11': 'สป', '12': 'นบ', '13': 'ปท', '14': 'อย', '15': 'อท', '16': 'ลบ', '17': 'สห', '18': 'ชน',
  '19': 'สบ', '20': 'ชบ', '21': 'รย', '22': 'จบ', '23': 'ตร', '24': 'ฉช', '25': 'ปจ', '26': 'นย', '27': 'สก',
  '30': 'นม', '31': 'บร', '32': 'สร', '33': 'ศก', '34': 'อบ', '35': 'ยส', '36': 'ชย', '37': 'อจ', '38': 'บก',
  '39': 'นภ', '40': 'ขก', '41': 'อด', '42': 'ลย', '43': 'นค', '44': 'มค', '45': 'รอ', '46': 'กส', '47': 'สน',
  '48': 'นพ', '49': 'มห', '50': 'ชม', '51': 'ลพ', '52': 'ลป', '53': 'อต', '54': 'พร', '55': 'นน', '56': 'พย',
  '57': 'ชร', '58': 'มส', '60': 'นว', '61': 'อน', '62': 'กพ', '63': 'ตก', '64': 'สท', '65': 'พล', '66': 'พจ',
  '67': 'พช', '70': 'รบ', '71': 'กจ', '72': 'สพ', '73': 'นฐ', '74': 'สค', '75': 'สส', '76': 'พบ', '77': 'ปข',
  '80': 'นศ', '81': 'กบ', '82': 'พง', '83': 'ภก', '84': 'สฎ', '85': 'รน', '86': 'ชพ', '90': 'สข', '91': 'สต',
  '92': 'ตง', '93': 'พท', '94': 'ปน', '95': 'ยล', '96': 'นธ',
};

type Named = { code: string; nameTh: string; nameEn: string };

function englishBase(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length === 1) return name.slice(0, 3).toUpperCase();
  return words.map((word) => word[0]!.toUpperCase()).join('');
}

/** code → short label in the given language. */
export function abbreviations(provinces: readonly Named[], language: 'th' | 'en'): Map<string, string> {
  const labels = new Map<string, string>();
  if (language === 'th') {
    for (const province of provinces) labels.set(province.code, THAI[province.code] ?? province.nameTh.slice(0, 3));
    return labels;
  }
  const used = new Set<string>();
  const sorted = [...provinces].sort((a, b) => a.code.localeCompare(b.code));
  for (const province of sorted) {
    let label = englishBase(province.nameEn);
    const last = province.nameEn.split(/[\s-]+/).pop() ?? '';
    let extra = 1;
    while (used.has(label) && extra < last.length) {
      label = `${englishBase(province.nameEn)}${last.slice(1, 1 + extra).toLowerCase()}`;
      extra++;
    }
    used.add(label);
    labels.set(province.code, label);
  }
  return labels;
}
