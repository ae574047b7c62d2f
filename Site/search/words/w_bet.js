BRIEFINGS_SEARCH_WORDS("bet",{
"between":"48,f,1v,t,3,4,2"
});
