BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,49;3r",
"unanimite":"30,8"
});
