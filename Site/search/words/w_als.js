BRIEFINGS_SEARCH_WORDS("als",{
"also":"46,p,2b,5,6,3,2;46"
});
