BRIEFINGS_SEARCH_WORDS("six",{
"six":"3u,1,3k,1,4,5,2,1,1,3;7k"
});
