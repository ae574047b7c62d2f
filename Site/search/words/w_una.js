BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3q,3w;3q",
"unanimite":"30,8"
});
