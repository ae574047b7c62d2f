BRIEFINGS_SEARCH_WORDS("bet",{
"between":"4d,h,1y,t,3,4,2"
});
