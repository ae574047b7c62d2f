BRIEFINGS_SEARCH_WORDS("bet",{
"between":"48,h,1v,t,3,4,2"
});
