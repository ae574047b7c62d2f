BRIEFINGS_SEARCH_WORDS("ali",{
"ali":"a,3u,3f;a,3u",
"aligne":"o",
"aligned":"1b",
"alimentent":"3a"
});
