BRIEFINGS_SEARCH_WORDS("bet",{
"between":"4v,g,1t,s,3,4,2"
});
