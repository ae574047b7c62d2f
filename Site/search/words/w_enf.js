BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"7j",
"enfants":"1h,1h,46,3,3,7,1",
"enfin":"56,2k",
"enforce":"7e,2;7e,2"
});
