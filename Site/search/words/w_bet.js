BRIEFINGS_SEARCH_WORDS("bet",{
"between":"4e,h,1z,u,3,4,2"
});
