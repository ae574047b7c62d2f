BRIEFINGS_SEARCH_WORDS("say",{
"says":"52,2p,3,5;52,2p,8"
});
