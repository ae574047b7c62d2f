BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,3v,3e;a,3v",
"aligne":"o",
"aligned":"1b",
"alimentent":"3b"
});
