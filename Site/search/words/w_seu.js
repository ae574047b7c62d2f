BRIEFINGS_SEARCH_WORDS("seu",{
"seul":"k,1h,5h,5",
"seule":"r,2i,1",
"seulement":"6u,h;6u"
});
