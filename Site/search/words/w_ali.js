BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,3z,3l;a,3z",
"aligne":"o",
"aligned":"1b",
"alimentent":"3a"
});
