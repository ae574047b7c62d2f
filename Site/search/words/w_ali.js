BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,40,3n;a,40",
"aligne":"o",
"aligned":"1b",
"alimentent":"3a"
});
