BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,3x,3o;a,3x",
"aligne":"o",
"aligned":"1b",
"alimentent":"3a"
});
