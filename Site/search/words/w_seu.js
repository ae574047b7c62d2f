BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,5f,5",
"seule":"r,2i,1",
"seulement":"6s,h;6s"
});
