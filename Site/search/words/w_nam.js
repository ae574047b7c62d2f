BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7w",
"named":"68,17,1,4,8;7f"
});
