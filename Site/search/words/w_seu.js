BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,1y,3u,5;3z",
"seule":"r,2i,1",
"seulement":"75,h;75"
});
