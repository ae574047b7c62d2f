BRIEFINGS_SEARCH_WORDS("pet",{
"petite":"7j",
"petrole":"2,p,1h,1t,3y;r",
"petroliere":"r",
"petrolieres":"7z",
"petroliers":"1v,d,5r",
"petsas":"2q,40,x;2q,40"
});
