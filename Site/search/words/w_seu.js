BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,1x,3s,5;3y",
"seule":"r,2i,1",
"seulement":"73,g;73"
});
