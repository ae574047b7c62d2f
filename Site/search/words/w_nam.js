BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7o",
"named":"77,1,4,8;77"
});
