BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5k,1g,k,4;5k,1g"
});
