BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7z",
"named":"6a,18,1,4,8;7i"
});
