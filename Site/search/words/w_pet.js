BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"7i",
"petrole":"2,p,1h,1t,3x;r",
"petroliere":"r",
"petrolieres":"7y",
"petroliers":"1v,d,5q",
"petsas":"2q,40,w;2q,40"
});
