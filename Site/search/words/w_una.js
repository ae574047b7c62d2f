BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,46;3r",
"unanimite":"30,8"
});
