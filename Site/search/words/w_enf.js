BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"78",
"enfants":"1h,1h,3u,4,3,7,1",
"enfin":"51,2e",
"enforce":"73,2;75"
});
