BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2z",
"enfant":"79",
"enfants":"1h,1i,3u,4,3,7,1",
"enfin":"52,2e",
"enforce":"74,2;76"
});
