BRIEFINGS_SEARCH_WORDS("bet",{
"between":"49,g,1t,s,3,4,2"
});
