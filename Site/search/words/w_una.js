BRIEFINGS_SEARCH_WORDS("una",{
"unanime":"3r,48",
"unanimite":"30,8"
});
