BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1i,5d,5",
"seule":"r,2j,1",
"seulement":"6q,i;6q"
});
