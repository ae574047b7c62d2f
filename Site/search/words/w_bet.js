BRIEFINGS_SEARCH_WORDS("bet",{
"between":"48,h,1t,s,3,4,2"
});
