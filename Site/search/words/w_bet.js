BRIEFINGS_SEARCH_WORDS("bet",{
"between":"4d,i,1y,u,3,4,2"
});
