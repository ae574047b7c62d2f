BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,5e,5",
"seule":"r,2i,1",
"seulement":"6r,h;6r"
});
