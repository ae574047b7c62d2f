BRIEFINGS_SEARCH_WORDS("say",{
"says":"52,2n,3,5;52,2n,8"
});
