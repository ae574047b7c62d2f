BRIEFINGS_SEARCH_WORDS("six",{
"six":"38,1,3k,1,4,5,2,1,1,3;6y"
});
