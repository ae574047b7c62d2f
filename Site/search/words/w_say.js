BRIEFINGS_SEARCH_WORDS("say",{
"says":"4u,2k,3,5;4u,2k,8"
});
