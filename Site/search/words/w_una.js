BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,3w;3r",
"unanimite":"31,8"
});
