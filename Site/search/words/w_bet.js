BRIEFINGS_SEARCH_WORDS("bet",{
"between":"49,h,1t,s,3,4,2"
});
