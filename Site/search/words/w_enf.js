BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"7k",
"enfants":"1h,1h,47,3,3,7,1",
"enfin":"57,2k",
"enforce":"7f,2;7f,2"
});
