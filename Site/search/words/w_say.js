BRIEFINGS_SEARCH_WORDS("say",{
"says":"52,2o,3,5;52,2o,8"
});
