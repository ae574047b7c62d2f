BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,4h,3e;a,4h",
"aligne":"o",
"aligned":"1b",
"alimentent":"3x"
});
