BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1i,5z,5",
"seule":"r,35,1",
"seulement":"7c,i;7c"
});
