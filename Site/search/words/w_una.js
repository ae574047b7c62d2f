BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3q,3z;3q",
"unanimite":"30,8"
});
