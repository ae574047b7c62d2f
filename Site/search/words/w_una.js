BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,47;3r",
"unanimite":"30,8"
});
