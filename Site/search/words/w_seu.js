BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,29,3h,5;4a",
"seule":"r,2i,1",
"seulement":"74,g;74"
});
