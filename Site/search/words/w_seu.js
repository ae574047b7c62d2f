BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,29,3i,5;4a",
"seule":"r,2i,1",
"seulement":"74,h;74"
});
