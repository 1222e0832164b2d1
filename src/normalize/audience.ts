// `Pour les agents, citoyens et spécifiquement les étudiants …`, `Public : agents publics`.
const audienceLead = /^(?:pour\s+(?:les|tous|toutes)|public\s*:|à destination d(?:es|u|e)|ouvert(?:e)? (?:à|aux)|réservé(?:e)? (?:à|aux))\s*/iu
const separator = /\s*,\s*|\s+et\s+|\s+ou\s+/u
const filler = /^(?:les|des|aux|à|tous|toutes|spécifiquement|notamment|en particulier|plus particulièrement)\s+/iu

/** The audiences a practical-detail statement names (`Pour les agents, citoyens …`). */
export function readAudience(statements: ReadonlyArray<string>): string[] {
  const audience: string[] = []
  for (const statement of statements) {
    const lead = audienceLead.exec(statement)
    if (!lead) continue
    for (const part of statement.slice(lead[0].length).split(separator)) {
      let name = part.trim()
      for (let previous = ''; previous !== name; ) {
        previous = name
        name = name.replace(filler, '')
      }
      if (name.length > 1 && !audience.includes(name)) audience.push(name)
    }
  }
  return audience
}
