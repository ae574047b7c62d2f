BRIEFINGS_SEARCH_WORDS("say",{
"says":"51,2n,3,5;51,2n,8"
});
