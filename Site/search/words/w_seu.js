BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1i,5e,5",
"seule":"r,2j,1",
"seulement":"6s,h;6s"
});
